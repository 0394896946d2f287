package vn.dangvu.organisation;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.tree.UnitPaths;
import vn.dangvu.platform.request.RequestMemo;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/**
 * Answers "which units may this caller see": the subtrees under the caller's granted
 * units.
 */
@Service
@RequiredArgsConstructor
public class UnitScopes {

	private final UnitPaths paths;

	@Transactional(readOnly = true)
	public UnitScope of(Caller caller) {
		if (caller.isAdmin()) {
			return UnitScope.everything();
		}
		if (caller.scopeUnitIds().isEmpty()) {
			return UnitScope.nothing();
		}
		return RequestMemo.get(List.of("unit.scope", caller.scopeUnitIds()), () -> read(caller));
	}

	private UnitScope read(Caller caller) {
		List<String> paths = this.paths.pathsOf(caller.scopeUnitIds());
		// Drop prefixes already covered by a shorter one.
		List<String> minimal = paths.stream()
			.filter((p) -> paths.stream().noneMatch((q) -> !q.equals(p) && p.startsWith(q)))
			.toList();
		return new UnitScope(false, minimal);
	}

	@Transactional(readOnly = true)
	public UnitScope current() {
		return of(CurrentCaller.require());
	}

}
