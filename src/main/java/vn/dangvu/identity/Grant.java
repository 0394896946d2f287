package vn.dangvu.identity;

import vn.dangvu.platform.security.Role;

/**
 * A role held by an account, over a unit subtree ({@code unitId} null for ADMIN and
 * MEMBER).
 */
public record Grant(Role role, Long unitId) {

}
