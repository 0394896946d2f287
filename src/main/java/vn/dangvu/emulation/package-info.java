/**
 * Emulation movements, "Dân vận khéo" models, award nominations and decisions. Empty: no
 * issue builds it yet; it will follow the module shape of decision 0200.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.emulation;
