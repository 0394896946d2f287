/**
 * Who sees a registered document and who may register, assign and keep the issuer
 * catalogue: the one rule every directive feature uses.
 */
package vn.dangvu.directive.visibility;
