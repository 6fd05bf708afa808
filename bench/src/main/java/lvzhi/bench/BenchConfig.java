package lvzhi.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one run does, from system properties ({@code -Dbench.*}) and, for an external database,
 * the application's own {@code SPRING_DATASOURCE_*} environment variables.
 */
record BenchConfig(Scale scale, List<String> parts, int warmup, int runs, boolean history, boolean reuse,
		String externalUrl, String externalUser, String externalPassword, int verifyThreads, int verifyCount,
		int verifyWarmup, int verifySeconds, Path out) {

	/** The two data sets of issue 3. */
	enum Scale {

		DISTRICT(300, 20, 15, List.of(2025), 100),

		PROVINCE(100_000, 2_000, 1_500, List.of(2021, 2022, 2023, 2024, 2025), 20);

		final int representatives;

		final int workstations;

		final int communityWorkstations;

		final List<Integer> cycles;

		/** Mean verified records per representative and cycle. */
		final int meanRecords;

		Scale(int representatives, int workstations, int communityWorkstations, List<Integer> cycles,
				int meanRecords) {
			this.representatives = representatives;
			this.workstations = workstations;
			this.communityWorkstations = communityWorkstations;
			this.cycles = cycles;
			this.meanRecords = meanRecords;
		}

		long records() {
			return (long) representatives * cycles.size() * meanRecords;
		}

		/** The cycle the standings are measured on: the last generated one. */
		int benchCycle() {
			return cycles.get(cycles.size() - 1);
		}

		LocalDate firstDay() {
			return LocalDate.of(cycles.get(0), 1, 1);
		}

		int[] cycleArray() {
			return cycles.stream().mapToInt(Integer::intValue).toArray();
		}

		static Scale of(String name) {
			return valueOf(name.trim().toUpperCase());
		}

		@Override
		public String toString() {
			return name().toLowerCase();
		}
	}

	static BenchConfig fromEnvironment() {
		Scale scale = Scale.of(property("bench.scale", "district"));
		boolean district = scale == Scale.DISTRICT;
		String parts = property("bench.parts", district ? "load,standings,verify,publication" : "load,standings,publication");
		String url = env("SPRING_DATASOURCE_URL");
		return new BenchConfig(scale, List.of(parts.split(",")), integer("bench.warmup", district ? 50 : 2),
				integer("bench.runs", district ? 200 : 10), bool("bench.history", true), bool("bench.reuse", false),
				url, env("SPRING_DATASOURCE_USERNAME"), env("SPRING_DATASOURCE_PASSWORD"),
				integer("bench.verify.threads", 8), integer("bench.verify.count", 4000),
				integer("bench.verify.warmup", 300), integer("bench.verify.seconds", 120),
				Path.of(property("bench.out", "target/bench")));
	}

	boolean runs(String part) {
		return parts.stream().anyMatch(p -> p.trim().equalsIgnoreCase(part));
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? null : value;
	}

	private static int integer(String name, int fallback) {
		return Integer.parseInt(property(name, Integer.toString(fallback)));
	}

	private static boolean bool(String name, boolean fallback) {
		return Boolean.parseBoolean(property(name, Boolean.toString(fallback)));
	}

	/** A -Dbench.* setting; empty (as Maven passes an unset one) means the default. */
	static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	static int[] range(int from, int to) {
		return IntStream.range(from, to).toArray();
	}
}
