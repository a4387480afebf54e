package dev.descent.core.analysis;

/**
 * Eigenvalues (and, on request, eigenvectors) of a small symmetric matrix by cyclic Jacobi rotations
 * (p ≤ 3 here, so a few sweeps).
 */
final class SymmetricEigen {
    private SymmetricEigen() {
    }

    static double[] eigenvalues(double[][] matrix) {
        return decompose(matrix, null);
    }

    /**
     * The eigenvalues, with the eigenvectors written into the columns of {@code vectors} (an n×n array,
     * overwritten): column i belongs to eigenvalue i, and the columns are orthonormal.
     */
    static double[] eigenvectors(double[][] matrix, double[][] vectors) {
        return decompose(matrix, vectors);
    }

    private static double[] decompose(double[][] matrix, double[][] vectors) {
        int n = matrix.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = matrix[i].clone();
            if (vectors != null) {
                java.util.Arrays.fill(vectors[i], 0);
                vectors[i][i] = 1;
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double scale = 0;
            for (int i = 0; i < n; i++) {
                scale += m[i][i] * m[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off <= 1e-30 * scale || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (m[p][q] == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double cos = 1 / Math.sqrt(t * t + 1);
                    double sin = t * cos;
                    rotate(m, p, q, cos, sin);
                    if (vectors != null) {
                        rotateColumns(vectors, p, q, cos, sin);
                    }
                }
            }
        }
        double[] eig = new double[n];
        for (int i = 0; i < n; i++) {
            eig[i] = m[i][i];
        }
        return eig;
    }

    /** m ← Jᵀ m J for the rotation J in the (p, q) plane that zeroes m[p][q]. */
    private static void rotate(double[][] m, int p, int q, double c, double s) {
        int n = m.length;
        rotateColumns(m, p, q, c, s);
        for (int k = 0; k < n; k++) {
            double pk = m[p][k];
            double qk = m[q][k];
            m[p][k] = c * pk - s * qk;
            m[q][k] = s * pk + c * qk;
        }
    }

    /** m ← m J: the columns p and q turned by the rotation J. */
    private static void rotateColumns(double[][] m, int p, int q, double c, double s) {
        for (double[] row : m) {
            double kp = row[p];
            double kq = row[q];
            row[p] = c * kp - s * kq;
            row[q] = s * kp + c * kq;
        }
    }
}
