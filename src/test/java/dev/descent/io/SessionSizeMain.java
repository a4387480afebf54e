package dev.descent.io;

import dev.descent.core.Dataset;
import dev.descent.core.Model;
import dev.descent.core.optim.SgdConfig;
import dev.descent.core.train.RunConfig;
import dev.descent.lecture.Presets;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures sessions of many points: {@code save FILE N} writes a session of N seeded random points,
 * {@code open FILE [TIMES]} opens one (TIMES times) and prints how long it took and how many points it held. Run under
 * {@code /usr/bin/time -v} for the peak memory; the figures are in RELIABILITY.md.
 */
public final class SessionSizeMain {
    private SessionSizeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("save")) {
            int n = Integer.parseInt(args[2]);
            SplittableRandom random = new SplittableRandom(1);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = random.nextDouble(-10, 10);
                ys[i] = 3 * xs[i] + random.nextDouble(-1, 1);
            }
            Dataset d = Dataset.of(xs, ys);
            RunConfig c = new RunConfig(d, Model.AFFINE, SgdConfig.plain(0.01), new double[] {0, 0}, 50, 0, false, 0, 0);
            long t0 = System.nanoTime();
            SessionFile.save(file, new Session(d, List.of(new Session.Run("run 1", 0, c)), null, "epoch"));
            System.out.printf("saved %d points in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
        } else {
            int times = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            for (int k = 0; k < times; k++) {
                long t0 = System.nanoTime();
                Session s = SessionFile.load(file, Presets.ids());
                System.out.printf("opened %d points in %d ms%n", s.data().size(), (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
