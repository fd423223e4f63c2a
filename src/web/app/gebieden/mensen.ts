// The Mensen hub (issue 14: werkdruk, pulse, development, conversations): one chunk, loaded on first use.
export { MensenPage } from '../../routes/mensen';
