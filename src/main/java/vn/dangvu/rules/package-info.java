/**
 * Effective-dated rule values (rates, thresholds, deadlines, each version with its source
 * document) and the working-day calendar with its holidays (decision 0091). Owns
 * {@code rule_definition}, {@code rule_value}, {@code calendar_year} and
 * {@code calendar_day} (V700–V799); a module that needs a new number adds its definition
 * and first value in its own migration. Publishes {@code RulesApi}, {@code RuleValue},
 * {@code WorkingDayCalendar} and their records; features {@code rules.version} and
 * {@code rules.calendar}.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.rules;
