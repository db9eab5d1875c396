/** The eight bytes every PNG file starts with. */
const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height a PNG's header (its first chunk, IHDR) declares. Throws when the bytes are not a PNG:
 * a wrong signature, or a first chunk that is not a 13-byte IHDR.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) throw new Error('not a PNG: wrong signature');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const type = String.fromCharCode(...bytes.subarray(12, 16));
	if (view.getUint32(8) !== 13 || type !== 'IHDR') throw new Error(`not a PNG: the first chunk is ${type}, not IHDR`);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
