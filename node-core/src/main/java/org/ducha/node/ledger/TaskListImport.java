package org.ducha.node.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ContentTooLargeException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.InvalidRowsException;
import org.ducha.node.problem.InvalidRowsException.RowProblem;
import org.ducha.node.security.Actor;
import org.ducha.node.task.Task;
import org.ducha.node.task.TaskIssuing;
import org.ducha.node.task.TaskRegistration;
import org.ducha.node.unit.Unit;
import org.ducha.node.unit.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a task list (annual key work) from a workbook: every row is checked first, and
 * one bad row imports nothing; then every task is registered and submitted for a leader's
 * approval in one transaction by {@link TaskRegistration}, as if registered by hand (the
 * approval gives each its number, schedule and federation events, docs/business-rules.md
 * §5.2).
 */
@Service
public class TaskListImport {

	private final TaskIssuing issuing;

	private final TaskRegistration registration;

	private final Units units;

	private final TaskListReader reader;

	private final LedgerSettings settings;

	private final NodeIdentity self;

	private final Clock clock;

	private final TransactionTemplate transactions;

	TaskListImport(TaskIssuing issuing, TaskRegistration registration, Units units, TaskListReader reader,
			LedgerSettings settings, NodeIdentity self, Clock clock, PlatformTransactionManager transactions) {
		this.issuing = issuing;
		this.registration = registration;
		this.units = units;
		this.reader = reader;
		this.settings = settings;
		this.self = self;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The template to fill in, with the units the caller may assign to. */
	public LedgerFile template(Actor actor) {
		return ImportTemplate.build(assignable(actor), this.settings.maxImportRows());
	}

	/**
	 * Imports the task list in an upload.
	 * @param upload the workbook's bytes
	 * @param size its size as announced
	 * @param actor who imports
	 * @return the tasks created, in row order
	 */
	public List<ImportedTask> importTasks(InputStream upload, long size, Actor actor) {
		this.issuing.requireIssuer(actor);
		long max = this.settings.maxImportSize().toBytes();
		if (size > max) {
			throw tooLarge();
		}
		Path file = store(upload, max);
		try {
			TaskListReader.TaskList list = this.reader.read(file);
			if (list.rows().isEmpty()) {
				throw new InvalidRequestException(
						"The task list has no task below its header (row " + list.headerRow() + ")");
			}
			LocalDate today = LocalDate.now(this.clock.withZone(NodeIdentity.ZONE));
			RowValidation.Result result = new RowValidation(this.units.all(), this.self.code(), actor.unitCode(), today)
				.validate(list.rows());
			if (!result.problems().isEmpty()) {
				throw new InvalidRowsException(
						result.problems().size() + " problem(s) in the task list; nothing " + "was imported",
						result.problems());
			}
			return this.transactions.execute((status) -> issueAll(result.tasks(), actor));
		}
		finally {
			delete(file);
		}
	}

	private List<ImportedTask> issueAll(List<RowValidation.Valid> rows, Actor actor) {
		List<ImportedTask> created = new ArrayList<>();
		for (RowValidation.Valid row : rows) {
			Task task;
			try {
				task = this.registration.register(row.command(), actor);
				task = this.registration.submit(task.getId(), actor);
			}
			catch (InvalidRequestException ex) {
				// checked above; only a change in between (a unit removed) gets here
				throw new InvalidRowsException("Row " + row.row() + " could not be issued; nothing was imported",
						List.of(new RowProblem(row.row(), ImportColumn.TITLE.header(), ex.getMessage())));
			}
			created.add(new ImportedTask(row.row(), task.getId(), task.getNumber(), task.getTitle()));
		}
		return created;
	}

	private List<Unit> assignable(Actor actor) {
		return this.units.all()
			.stream()
			.filter((unit) -> !unit.code().equals(this.self.code()) && !unit.code().equals(actor.unitCode()))
			.toList();
	}

	/** The upload in a temporary file, refused once it passes the limit. */
	private static Path store(InputStream upload, long max) {
		Path file;
		try {
			file = Files.createTempFile("ducha-import-", ".xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[8192];
			long total = 0;
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				total += n;
				if (total > max) {
					throw tooLarge(max);
				}
				out.write(buffer, 0, n);
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new InvalidRequestException("The upload could not be read");
		}
	}

	private ContentTooLargeException tooLarge() {
		return tooLarge(this.settings.maxImportSize().toBytes());
	}

	private static ContentTooLargeException tooLarge(long max) {
		return new ContentTooLargeException("A task list is at most " + max + " bytes");
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
