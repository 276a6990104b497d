/**
 * The impact page for the communication team, its API, and the province maps, which the dashboard shows too (hence a
 * named interface: the dashboard's module uses {@link id.cerita.impact.web.ProvinceMaps}).
 */
@org.springframework.modulith.NamedInterface("impact-web")
package id.cerita.impact.web;
