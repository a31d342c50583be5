"""Draws the app icon (a triad: three linked circles) as a 512x512 PNG, with no imaging library."""
import math
import struct
import sys
import zlib

SIZE = 512
BLUE = (29, 91, 143, 255)
WHITE = (255, 255, 255, 255)
GOLD = (255, 191, 71, 255)
CLEAR = (0, 0, 0, 0)

centres = [(256, 150), (150, 340), (362, 340)]


def inside_rounded_square(x, y, radius=96, margin=16):
    lo, hi = margin, SIZE - margin
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return lo <= x <= hi and lo <= y <= hi and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(x, y, a, b, width):
    ax, ay = a
    bx, by = b
    t = max(0, min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    px, py = ax + t * (bx - ax), ay + t * (by - ay)
    return math.hypot(x - px, y - py) <= width


def pixel(x, y):
    if not inside_rounded_square(x, y):
        return CLEAR
    for i, (cx, cy) in enumerate(centres):
        d = math.hypot(x - cx, y - cy)
        if d <= 62:
            return GOLD if i == 0 else WHITE
    for a, b in ((centres[0], centres[1]), (centres[1], centres[2]), (centres[2], centres[0])):
        if near_segment(x, y, a, b, 12):
            return WHITE
    return BLUE


rows = b''.join(b'\x00' + b''.join(struct.pack('4B', *pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
with open(sys.argv[1], 'wb') as out:
    out.write(png)
