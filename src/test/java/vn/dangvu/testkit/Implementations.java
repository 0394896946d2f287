package vn.dangvu.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every concrete class under {@code vn.dangvu} (main and test trees) implementing a
 * matrix interface, one instance each, in the order of their names, so that a module adds
 * rows to a matrix by adding a class to its own test package.
 */
public final class Implementations {

	private Implementations() {
	}

	public static <T> List<T> of(Class<T> type) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(type));
		return scanner.findCandidateComponents("vn.dangvu")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.sorted(Comparator.naturalOrder())
			.map((name) -> ClassUtils.resolveClassName(name, Implementations.class.getClassLoader()))
			.map((cls) -> type.cast(BeanUtils.instantiateClass(cls)))
			.toList();
	}

	/** The module of an implementation: the package segment after {@code vn.dangvu}. */
	public static String moduleOf(Object implementation) {
		String name = implementation.getClass().getPackageName();
		String rest = name.startsWith("vn.dangvu.") ? name.substring("vn.dangvu.".length()) : name;
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	/**
	 * One container per implementation, named by its module, holding the tests its rows
	 * make.
	 */
	public static <T> Stream<DynamicContainer> byModule(List<T> matrix, Function<T, Stream<DynamicTest>> tests) {
		return matrix.stream().map((m) -> DynamicContainer.dynamicContainer(moduleOf(m), tests.apply(m)));
	}

}
