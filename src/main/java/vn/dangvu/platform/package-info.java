/**
 * Web shell, layout, i18n, error handling, the embedded database and shared value types.
 * Open to every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dangvu.platform;
