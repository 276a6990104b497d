package id.cerita.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description served at /api/openapi (browsable at /api/docs). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ceritaOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Cerita API").version("1")
                .description("Stories of training alumni: write, review, publish. Errors are RFC 9457 problem details "
                        + "with field-level 'errors'. Saving a story needs the 'version' it was read at; a stale save "
                        + "answers 409 with the current text."))
            .components(new Components().addSecuritySchemes("basic",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
