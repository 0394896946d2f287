package vn.dangvu.platform.request;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMemoTest {

	final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aGetRequestReadsEachKeyOnceAndRemembersNullToo() {
		enter("GET");
		assertThat(RequestMemo.get("a", this.reads::incrementAndGet)).isEqualTo(1);
		assertThat(RequestMemo.get("a", this.reads::incrementAndGet)).isEqualTo(1);
		assertThat(RequestMemo.get("b", this.reads::incrementAndGet)).isEqualTo(2);
		assertThat(RequestMemo.<Object>get("none", () -> {
			this.reads.incrementAndGet();
			return null;
		})).isNull();
		assertThat(RequestMemo.<Object>get("none", this.reads::incrementAndGet)).isNull();
		assertThat(this.reads).hasValue(3);
	}

	@Test
	void theNextRequestReadsAfresh() {
		enter("GET");
		RequestMemo.get("a", this.reads::incrementAndGet);
		enter("GET");
		assertThat(RequestMemo.get("a", this.reads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aPostAJobOrATestOutsideARequestAlwaysReadsAfresh() {
		enter("POST");
		RequestMemo.get("a", this.reads::incrementAndGet);
		RequestMemo.get("a", this.reads::incrementAndGet);
		RequestContextHolder.resetRequestAttributes();
		RequestMemo.get("a", this.reads::incrementAndGet);
		RequestMemo.get("a", this.reads::incrementAndGet);
		assertThat(this.reads).hasValue(4);
	}

	private static void enter(String method) {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
	}

}
