package org.echolstm.model.dl4j;

import org.echolstm.model.ModelFileException;
import org.echolstm.model.ModelFileException.Problem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * A strict reader of ND4J's binary array format ({@code Nd4j.write}) for float vectors of a known
 * length. ND4J's own reader trusts the lengths in the header and allocates whatever they say; this
 * one checks every header field against what the architecture expects before reading data.
 */
final class Nd4jArrayCodec {
    private Nd4jArrayCodec() {
    }

    /** What an array is, for the problems its file may have. */
    enum Kind {
        WEIGHTS(Problem.WEIGHTS_LENGTH, Problem.WEIGHTS_TYPE, Problem.WEIGHTS_DAMAGED),
        OPTIMIZER_STATE(Problem.STATE_LENGTH, Problem.STATE_TYPE, Problem.STATE_DAMAGED);

        private final Problem length;
        private final Problem type;
        private final Problem damaged;

        Kind(Problem length, Problem type, Problem damaged) {
            this.length = length;
            this.type = type;
            this.damaged = damaged;
        }
    }

    /** Reads a float array of exactly {@code expectedLength} values, returned as a {@code [1, n]} row. */
    static INDArray readFloatRow(byte[] bytes, long expectedLength, Kind what) throws ModelFileException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            long shapeInfoLength = readHeader(in, "LONG", what);
            if (shapeInfoLength < 4 || shapeInfoLength > 2 * 8 + 4) {
                throw invalid(what);
            }
            long[] shapeInfo = new long[(int) shapeInfoLength];
            for (int i = 0; i < shapeInfo.length; i++) {
                shapeInfo[i] = in.readLong();
            }
            int rank = (int) shapeInfo[0];
            if (rank < 1 || rank > 2 || shapeInfoLength != 2L * rank + 4) {
                throw invalid(what);
            }
            long elements = 1;
            for (int d = 0; d < rank; d++) {
                long size = shapeInfo[1 + d];
                if (size < 0 || size > expectedLength) {
                    throw invalid(what);
                }
                elements *= size;
            }
            long dataLength = readHeader(in, "FLOAT", what);
            if (elements != expectedLength || dataLength != expectedLength) {
                throw new ModelFileException(what.length, dataLength, expectedLength);
            }
            if (bytes.length - 4L * expectedLength < 0) {
                throw invalid(what);
            }
            float[] values = new float[(int) expectedLength];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readFloat();
            }
            if (in.read() != -1) {
                throw invalid(what);
            }
            return Nd4j.create(values, new long[] {1, expectedLength}, 'c');
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid(what);
        }
    }

    private static long readHeader(DataInputStream in, String expectedType, Kind what) throws IOException {
        String allocationMode = in.readUTF();
        if (!allocationMode.equals("MIXED_DATA_TYPES") && !allocationMode.equals("LONG_SHAPE")) {
            throw invalid(what);
        }
        long length = in.readLong(); // both modern allocation modes store a long length
        String type = in.readUTF();
        if (!type.equals(expectedType)) {
            throw new ModelFileException(what.type, ModelFileException.quoted(type), expectedType);
        }
        return length;
    }

    private static ModelFileException invalid(Kind what) {
        return new ModelFileException(what.damaged);
    }
}
