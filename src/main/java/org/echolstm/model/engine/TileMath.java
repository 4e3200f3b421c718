package org.echolstm.model.engine;

/**
 * The matrix products of a tile of samples, written as loops HotSpot vectorises: each row of the
 * weight matrix is loaded once for four samples, so at larger sizes the weights stream from cache
 * a quarter as often as with one sample at a time. Each output element is summed in the same order
 * as one sample's vector-matrix product (the tile changes nothing in {@link #addProduct}).
 */
final class TileMath {
    private TileMath() {
    }

    /**
     * {@code out[s] += x[s] · w} for samples {@code s < count}: {@code x[s]} has {@code w.length}
     * entries, {@code out[s]} and every row of {@code w} have {@code width}.
     */
    static void addProduct(float[][] x, int count, float[][] w, float[][] out, int width) {
        final int depth = w.length;
        int s = 0;
        for (; s + 3 < count; s += 4) {
            final float[] x0 = x[s];
            final float[] x1 = x[s + 1];
            final float[] x2 = x[s + 2];
            final float[] x3 = x[s + 3];
            final float[] o0 = out[s];
            final float[] o1 = out[s + 1];
            final float[] o2 = out[s + 2];
            final float[] o3 = out[s + 3];
            for (int k = 0; k < depth; k++) {
                final float a0 = x0[k];
                final float a1 = x1[k];
                final float a2 = x2[k];
                final float a3 = x3[k];
                final float[] row = w[k];
                for (int c = 0; c < width; c++) {
                    final float v = row[c];
                    o0[c] += a0 * v;
                    o1[c] += a1 * v;
                    o2[c] += a2 * v;
                    o3[c] += a3 * v;
                }
            }
        }
        for (; s < count; s++) {
            final float[] xs = x[s];
            final float[] os = out[s];
            for (int k = 0; k < depth; k++) {
                final float a = xs[k];
                final float[] row = w[k];
                for (int c = 0; c < width; c++) {
                    os[c] += a * row[c];
                }
            }
        }
    }

    /**
     * {@code g += Σ_s x[s]ᵀ · d[s]} for samples {@code s < count}: the weight gradient of a product,
     * {@code g[k][c] += x[s][k] * d[s][c]} with {@code k < g.length}, {@code c < width}.
     */
    static void addOuterProducts(float[][] x, float[][] d, int count, float[][] g, int width) {
        final int depth = g.length;
        int s = 0;
        for (; s + 3 < count; s += 4) {
            final float[] x0 = x[s];
            final float[] x1 = x[s + 1];
            final float[] x2 = x[s + 2];
            final float[] x3 = x[s + 3];
            final float[] d0 = d[s];
            final float[] d1 = d[s + 1];
            final float[] d2 = d[s + 2];
            final float[] d3 = d[s + 3];
            for (int k = 0; k < depth; k++) {
                final float a0 = x0[k];
                final float a1 = x1[k];
                final float a2 = x2[k];
                final float a3 = x3[k];
                final float[] row = g[k];
                for (int c = 0; c < width; c++) {
                    row[c] += a0 * d0[c] + a1 * d1[c] + a2 * d2[c] + a3 * d3[c];
                }
            }
        }
        for (; s < count; s++) {
            final float[] xs = x[s];
            final float[] ds = d[s];
            for (int k = 0; k < depth; k++) {
                final float a = xs[k];
                final float[] row = g[k];
                for (int c = 0; c < width; c++) {
                    row[c] += ds[c] * a;
                }
            }
        }
    }
}
