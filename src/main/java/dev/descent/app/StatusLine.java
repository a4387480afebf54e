package dev.descent.app;

import dev.descent.core.Format;
import dev.descent.core.train.RunConfig;
import dev.descent.core.train.RunResult;
import dev.descent.core.train.StopReason;

import java.util.List;

/**
 * The words of the status line, from the state of a run: "12 of 100 epochs done   w = 1.98   cost = 0.01
 * gradient = −0.27   running", or, when a run has stopped for a reason worth explaining, that reason.
 * It counts the epochs done, in words, because everywhere else epochs are numbered from 0 as the
 * lectures print them: after 12 epochs done, the log's last line is "Epoch: 11" and the next update
 * is epoch 12's.
 * Plain functions, tested without a window.
 */
final class StatusLine {
    private StatusLine() {
    }

    /** The status a run's result puts the screen in; {@code current} while the run goes on. */
    static RunStatus statusFor(RunResult result, RunStatus current) {
        if (result == null) {
            return current;
        }
        return switch (result.reason()) {
            case COMPLETED -> RunStatus.FINISHED;
            case CONVERGED -> RunStatus.CONVERGED;
            case DIVERGED -> RunStatus.DIVERGED;
            case FAILED -> RunStatus.FAILED;
            case CANCELLED -> current;
        };
    }

    static String text(RunConfig config, int completedEpochs, double[] theta, double cost, double[] gradient,
                       RunResult result, RunStatus status) {
        if (result != null && (result.reason() == StopReason.DIVERGED || result.reason() == StopReason.FAILED)) {
            return capitalize(result.message());
        }
        List<String> names = config.model().parameterNames();
        StringBuilder sb = new StringBuilder();
        sb.append(Format.count(completedEpochs)).append(" of ").append(Format.count(config.epochs())).append(" epochs done");
        for (int i = 0; i < theta.length; i++) {
            sb.append("   ").append(names.get(i)).append(" = ").append(Format.readout(theta[i]));
        }
        sb.append("   cost = ").append(Format.readout(cost));
        sb.append("   gradient = ");
        if (gradient.length == 1) {
            sb.append(Format.readout(gradient[0]));
        } else {
            sb.append('(');
            for (int i = 0; i < gradient.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(Format.readout(gradient[i]));
            }
            sb.append(')');
        }
        sb.append("   ").append(status);
        if (result != null && result.reason() == StopReason.CONVERGED) {
            sb.append(": ").append(result.message());
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
