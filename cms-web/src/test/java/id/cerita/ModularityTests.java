package id.cerita;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature boundaries hold across all four Maven modules; writes the module documentation. */
class ModularityTests {

    /** cms-core's test application package holds tests across features (from its test jar): not a feature. */
    private final ApplicationModules modules = ApplicationModules.of(CeritaApplication.class,
            JavaClass.Predicates.resideInAPackage("id.cerita.coretest.."));

    @Test
    void keepsEveryFeatureBehindItsPublicApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
