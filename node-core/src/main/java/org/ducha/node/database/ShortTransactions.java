package org.ducha.node.database;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Works through many rows in short transactions, a page of keys at a time in key order
 * (keyset paging), so that a periodic job never holds the row locks a link's receiver
 * needs for longer than one page takes (docs/architecture.md, "Hourly jobs"). A page the
 * database rolled back to break a deadlock, or whose lock wait timed out, runs again,
 * like a service's transaction; what earlier pages wrote stays committed.
 */
@Component
public class ShortTransactions {

	private static final int ATTEMPTS = 3;

	private final TransactionOperations transactions;

	ShortTransactions(TransactionOperations transactions) {
		this.transactions = transactions;
	}

	/**
	 * Runs the work on every key the pages give, each page in its own transaction.
	 * @param size the keys of one page
	 * @param pages the keys after a key ("" for the first page), in key order, at most
	 * {@code size}; read in the page's transaction
	 * @param work what to do with one key, in the page's transaction
	 * @return how many keys and pages were done
	 */
	public Done forEachKey(int size, Pages pages, Consumer<String> work) {
		String after = "";
		int keys = 0;
		int transactions = 0;
		while (true) {
			List<String> page = page(pages, after, size, work);
			keys += page.size();
			transactions++;
			if (page.size() < size) {
				return new Done(keys, transactions);
			}
			after = page.get(page.size() - 1);
		}
	}

	private List<String> page(Pages pages, String after, int size, Consumer<String> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> {
					List<String> page = pages.after(after, size);
					page.forEach(work);
					return page;
				});
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** Reads the keys of one page. */
	@FunctionalInterface
	public interface Pages {

		/** At most {@code size} keys after {@code after}, in key order. */
		List<String> after(String after, int size);

	}

	/**
	 * What a run did.
	 *
	 * @param keys the keys worked on
	 * @param transactions the pages, each committed on its own
	 */
	public record Done(int keys, int transactions) {
	}

}
