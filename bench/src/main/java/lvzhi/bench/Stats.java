package lvzhi.bench;

import java.util.Arrays;

/** Milliseconds of repeated runs: median, 95th percentile (nearest rank), minimum, maximum. */
record Stats(int runs, double median, double p95, double min, double max) {

	static Stats of(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		double p95 = sorted[Math.max(0, (int) Math.ceil(0.95 * n) - 1)];
		return new Stats(n, median, p95, sorted[0], sorted[n - 1]);
	}

	static String ms(double value) {
		return value >= 100 ? String.format("%.0f", value) : value >= 10 ? String.format("%.1f", value)
				: String.format("%.2f", value);
	}
}
