package id.cerita.coretest;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots cms-core alone for its integration tests. Not in the root package, so cms-web's tests never find it. */
@SpringBootApplication(scanBasePackages = "id.cerita")
@AutoConfigurationPackage(basePackages = "id.cerita")
public class CoreTestApplication {
}
