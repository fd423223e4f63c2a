// The pulsmeting (rounds, answering, results): one chunk, loaded on first use.
export { PulsInvullenPage } from '../../routes/puls-invullen';
export { PulsResultatenPage } from '../../routes/puls-resultaten';
export { PulsRondesPage } from '../../routes/puls-rondes';
