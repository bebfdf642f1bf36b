export { default } from '../../eslint.lib.config.mjs';
