/**
 * Web shell, layout, i18n, error handling, security types, the injected clock, the
 * embedded database, the demo seed contract and the web kit (policy verdicts, messages,
 * page forms, tables and sheets). Open to every module; owns only the framework tables
 * ({@code shedlock}, {@code spring_session}, V1–V99).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dangvu.platform;
