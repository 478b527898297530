/** Assessment ids in addresses: the rule lives in the shared kernel, beside every in-app address. */
export { decodeIdFromPath, encodeIdForPath } from '../../lib/path-ids';
