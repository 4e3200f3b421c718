package org.echolstm.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a timeline's snapshots as bytes, lossless float32, laid out to deflate well:
 * each snapshot is stored as the bitwise difference (XOR) from the one before (neighbouring moments
 * share sign, exponent and leading mantissa bits), split into byte planes (all the highest bytes,
 * then all the next ones...), so the runs of zeros sit together.
 */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    static byte[] encode(List<float[]> snapshots, int parameterCount) {
        byte[] out = new byte[Math.multiplyExact(Math.multiplyExact(snapshots.size(), parameterCount), 4)];
        int[] previous = new int[parameterCount];
        int offset = 0;
        for (float[] parameters : snapshots) {
            if (parameters.length != parameterCount) {
                throw new IllegalArgumentException(parameters.length + " parameters, expected " + parameterCount);
            }
            for (int i = 0; i < parameterCount; i++) {
                int bits = Float.floatToRawIntBits(parameters[i]);
                int delta = bits ^ previous[i];
                previous[i] = bits;
                for (int plane = 0; plane < 4; plane++) {
                    out[offset + plane * parameterCount + i] = (byte) (delta >>> (24 - 8 * plane));
                }
            }
            offset += 4 * parameterCount;
        }
        return out;
    }

    /** The snapshots' parameters; {@code bytes} must hold exactly {@code count} snapshots. */
    static List<float[]> decode(byte[] bytes, int count, int parameterCount) {
        if ((long) count * parameterCount * 4 != bytes.length) {
            throw new IllegalArgumentException(bytes.length + " bytes for " + count + " snapshots of "
                    + parameterCount + " parameters");
        }
        List<float[]> snapshots = new ArrayList<>(count);
        int[] previous = new int[parameterCount];
        int offset = 0;
        for (int s = 0; s < count; s++) {
            float[] parameters = new float[parameterCount];
            for (int i = 0; i < parameterCount; i++) {
                int delta = 0;
                for (int plane = 0; plane < 4; plane++) {
                    delta |= (bytes[offset + plane * parameterCount + i] & 0xFF) << (24 - 8 * plane);
                }
                previous[i] ^= delta;
                parameters[i] = Float.intBitsToFloat(previous[i]);
            }
            snapshots.add(parameters);
            offset += 4 * parameterCount;
        }
        return snapshots;
    }
}
