package vn.dangvu.platform.security;

/**
 * Implemented by the authenticated principal so that any module can learn who is asking.
 */
public interface HasCaller {

	Caller caller();

}
