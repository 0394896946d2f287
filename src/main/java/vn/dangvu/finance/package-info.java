/**
 * Trade-union finance: the union fund (2% of the insured payroll) through its face
 * {@code FinanceApi}; member dues stay in {@code membership}. What each level keeps,
 * budget estimates, cash books and donation campaigns are not built yet (no issue);
 * migrations V1100–V1199.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.finance;
