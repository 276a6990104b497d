/** Cross-cutting web concerns: security, API problem details, layout, locale. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.cerita.web;
