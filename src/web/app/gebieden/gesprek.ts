// The gesprekscyclus (issue 14, item 2): one chunk, loaded on first use.
export { GesprekkenPage } from '../../routes/gesprekken';
