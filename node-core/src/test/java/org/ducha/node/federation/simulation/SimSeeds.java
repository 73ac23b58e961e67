package org.ducha.node.federation.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The seeds a run plays: one replayed ({@code -Dducha.sim.seed=N}), or
 * {@code ducha.sim.seeds} of them from {@code ducha.sim.seed-start}, which is a number or
 * {@code commit} (the build's default): the first eight hex digits of the commit checked
 * out, read with {@code git rev-parse HEAD}, so that every commit plays other seeds.
 * Where git or the repository is missing, the fixed start {@value #FIXED_START}.
 */
final class SimSeeds {

	static final long FIXED_START = 1;

	private SimSeeds() {
	}

	/** The seeds to play and where their start came from, to be printed. */
	record Plan(List<Long> seeds, String origin) {
	}

	static Plan plan() {
		String single = System.getProperty("ducha.sim.seed");
		if (single != null && !single.isBlank()) {
			return new Plan(List.of(Long.parseLong(single.trim())), "seed " + single.trim() + " replayed");
		}
		long count = Long.getLong("ducha.sim.seeds", 200);
		String start = System.getProperty("ducha.sim.seed-start", "commit").trim();
		long first;
		String origin;
		if (start.isEmpty() || start.equals("commit")) {
			String head = head();
			if (head != null) {
				first = fromCommit(head);
				origin = "start " + first + " from commit " + head.substring(0, 8);
			}
			else {
				first = FIXED_START;
				origin = "start " + first + " (fixed: git rev-parse HEAD gave no commit)";
			}
		}
		else {
			first = Long.parseLong(start);
			origin = "start " + first + " (-Dducha.sim.seed-start)";
		}
		List<Long> seeds = new ArrayList<>();
		for (long seed = first; seed < first + count; seed++) {
			seeds.add(seed);
		}
		return new Plan(seeds, origin);
	}

	/** The start a commit gives: its first eight hex digits as a number. */
	static long fromCommit(String hash) {
		return Long.parseLong(hash.substring(0, 8), 16);
	}

	/** The commit checked out, or null without git or a repository. */
	static String head() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0 || !out.matches("[0-9a-f]{40}")) {
				return null;
			}
			return out;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

}
