import { Outlet } from 'react-router';
import { Toegestaan } from '../../access/guards';
import { WendbaarNav } from '../../components/wendbaar/WendbaarNav';

/** The frame of the agile side's pages: for the roles that may read the portfolio, with its sub-navigation. */
export function WendbaarLayout() {
  return (
    <Toegestaan route="GET /portfolio">
      <WendbaarNav />
      <Outlet />
    </Toegestaan>
  );
}
