#!/usr/bin/python3
"""An independent implementation of the documented allocation sequence (AllocationSequence,
BlockRandomness), used to pin the derivation in AllocationSequenceTest: a change to it would
silently change the concealed sequence of every running programme.

    python3 ecdp-housing/src/test/python/allocation_sequence_reference.py
"""
import hashlib
import hmac
import struct

LABEL = b"ecdp-allocation-block-v1"


class Stream:
    def __init__(self, seed, purpose, stratum, block):
        self.seed, self.block, self.counter, self.buf = seed, block, 0, b""
        self.purpose, self.stratum = purpose.encode(), stratum.encode()

    def word(self):
        if not self.buf:
            msg = (struct.pack(">i", len(LABEL)) + LABEL + struct.pack(">i", len(self.purpose)) + self.purpose
                   + struct.pack(">i", len(self.stratum)) + self.stratum + struct.pack(">q", self.block)
                   + struct.pack(">i", self.counter))
            self.counter += 1
            self.buf = hmac.new(self.seed, msg, hashlib.sha256).digest()
        w, self.buf = int.from_bytes(self.buf[:4], "big"), self.buf[4:]
        return w

    def next_int(self, bound):
        limit = 2 ** 32 - 2 ** 32 % bound
        while True:
            w = self.word()
            if w < limit:
                return w % bound


def sequence(seed, stratum, block_sizes, ratio, length):
    sizes = Stream(seed, "block-sizes", stratum, 0)
    out, block_index = [], 0
    while len(out) < length:
        size = block_sizes[sizes.next_int(len(block_sizes))]
        coached = size // sum(ratio) * ratio[0]
        block = ["COACHED" if i < coached else "CONTROL" for i in range(size)]
        arms = Stream(seed, "block-arms", stratum, block_index)
        for i in range(size - 1, 0, -1):
            j = arms.next_int(i + 1)
            block[i], block[j] = block[j], block[i]
        out += [(block_index + 1, size, arm) for arm in block]
        block_index += 1
    return out[:length]


if __name__ == "__main__":
    seed = bytes(range(32))
    for sizes, ratio in (([2, 4], [1, 1]), ([3, 6], [2, 1])):
        seq = sequence(seed, "scheme=HARLOW_COURT", sizes, ratio, 16)
        print(sizes, ratio, " ".join(f"{b}/{s}/{'C' if a == 'COACHED' else 'T'}" for b, s, a in seq))
