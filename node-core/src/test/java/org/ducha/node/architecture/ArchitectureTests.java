package org.ducha.node.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape STYLE.md asks for, checked on every build: the domain knows nothing of
 * protobuf, gRPC or the web; only the federation adapters touch the wire; packages have
 * no cycles.
 */
class ArchitectureTests {

	private static final String[] DOMAIN = { "org.ducha.node.task", "org.ducha.node.report", "org.ducha.node.alert",
			"org.ducha.node.unit", "org.ducha.node.audit", "org.ducha.node.problem", "org.ducha.node.time",
			"org.ducha.node.reminder", "org.ducha.node.inbox", "org.ducha.node.notify", "org.ducha.node.timeline",
			"org.ducha.node.attachment", "org.ducha.node.decomposition" };

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ducha.node");
	}

	@Test
	void theDomainDoesNotDependOnProtobufGrpcOrTheWeb() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ducha.proto..", "com.google.protobuf..", "io.grpc..", "org.springframework.web..",
					"org.springframework.http..", "jakarta.servlet..")
			.because("the domain knows nothing of the transports (STYLE.md, Structure)")
			.check(classes);
	}

	@Test
	void onlyTheFederationAdaptersTouchTheWireFormat() {
		noClasses().that()
			.resideOutsideOfPackages("org.ducha.node.federation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ducha.proto..", "io.grpc..")
			.because("generated protobuf classes appear only in the federation adapters")
			.check(classes);
	}

	@Test
	void webAdaptersStayThin() {
		noClasses().that()
			.resideInAnyPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..")
			.because("a controller calls an application service; it never touches storage")
			.check(classes);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.ducha.node.(**)").should().beFreeOfCycles().check(classes);
	}

}
