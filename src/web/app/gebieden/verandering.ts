// The organisation's change (issue 15): its hub page, one chunk, loaded on first use.
export { VeranderingPage } from '../../routes/verandering';
