package embedded

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
)

// A frame is [length u32][CRC-32C of payload u32][payload], little-endian.
const frameHeader = 8

// maxFrame bounds a frame's payload so that a corrupt length cannot make
// the reader allocate without limit.
const maxFrame = 1 << 30

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errTorn is returned for a frame that is cut short or fails its checksum.
var errTorn = errors.New("torn or corrupt frame")

// appendFrame appends the frame of payload to b.
func appendFrame(b, payload []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(payload)))
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(payload, castagnoli))
	return append(b, payload...)
}

// readFrame returns the next payload of r and the bytes the frame took:
// io.EOF at a clean end, errTorn for an incomplete or corrupt frame.
func readFrame(r *bufio.Reader) ([]byte, int, error) {
	var h [frameHeader]byte
	n, err := io.ReadFull(r, h[:])
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if err != nil {
		return nil, n, errTorn
	}
	size := binary.LittleEndian.Uint32(h[:4])
	if size > maxFrame {
		return nil, n, errTorn
	}
	payload := make([]byte, size)
	if m, err := io.ReadFull(r, payload); err != nil {
		return nil, n + m, errTorn
	}
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(h[4:]) {
		return nil, n + int(size), errTorn
	}
	return payload, n + int(size), nil
}
