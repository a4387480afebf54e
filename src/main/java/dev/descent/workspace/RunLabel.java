package dev.descent.workspace;

import dev.descent.core.Format;
import dev.descent.core.optim.OptimizerConfig;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;

/** The automatic name of a run, for legends and the runs bar: "GD lr 0.01", "momentum 0.9 lr 0.1", "Adam lr 0.1". */
public final class RunLabel {
    private RunLabel() {
    }

    /** The label a run's settings give it when nobody named it. */
    public static String of(RunConfig config) {
        OptimizerConfig o = config.optimizer();
        BatchMode mode = BatchMode.of(config.batchSize(), config.data().size());
        StringBuilder sb = new StringBuilder();
        // Three significant digits: a dragged slider gives rates like 0.01477455443789063.
        String rate = "lr " + Format.brief(o.lr());
        switch (OptimizerKind.of(o)) {
            case SGD -> {
                SgdConfig sgd = (SgdConfig) o;
                if (sgd.nesterov()) {
                    sb.append("Nesterov ").append(Format.brief(sgd.momentum()));
                } else if (sgd.momentum() != 0) {
                    sb.append("momentum ").append(Format.brief(sgd.momentum()));
                    if (sgd.dampening() != 0) {
                        sb.append(sgd.dampening() == sgd.momentum() ? " dampened"
                                : " dampening " + Format.brief(sgd.dampening()));
                    }
                } else {
                    sb.append(mode == BatchMode.FULL ? "GD" : "SGD");
                }
                sb.append(' ').append(rate);
            }
            case ADAM -> sb.append("Adam ").append(rate);
            case RMSPROP -> sb.append("RMSprop ").append(rate);
            case ADAGRAD -> sb.append("Adagrad ").append(rate);
        }
        switch (mode) {
            case SGD -> sb.append(", 1 point");
            case MINI -> sb.append(", batch ").append(config.batchSize());
            case FULL -> { }
        }
        return sb.toString();
    }
}
