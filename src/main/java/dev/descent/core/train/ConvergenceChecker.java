package dev.descent.core.train;

/** A stopping rule: has the run converged, given the whole-data cost before and after an epoch? */
@FunctionalInterface
public interface ConvergenceChecker {

    boolean converged(int epoch, double previousCost, double currentCost);

    /** Never converged: run every epoch. */
    ConvergenceChecker NEVER = (epoch, previous, current) -> false;

    /** Converged once an epoch changes the cost by at most {@code tolerance·(1 + previous cost)}. */
    static ConvergenceChecker costChangeBelow(double tolerance) {
        if (tolerance <= 0) {
            return NEVER;
        }
        return (epoch, previous, current) -> Math.abs(previous - current) <= tolerance * (1 + Math.abs(previous));
    }
}
