package vn.dangvu.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a load balancer and a metrics scraper see (issue 13): readiness and liveness open
 * to anyone, readiness made of the database's health too (so a node that cannot reach the
 * database gets no traffic), Prometheus metrics only for an administrator, every other
 * actuator endpoint closed.
 */
@IntegrationTest
class HealthAndMetricsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	HealthEndpointGroups groups;

	@Test
	void readinessAndLivenessAreOpenAndUp() throws Exception {
		for (String probe : new String[] { "/actuator/health/readiness", "/actuator/health/liveness" }) {
			this.mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		}
	}

	@Test
	void readinessDependsOnTheDatabaseAndLivenessDoesNot() {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).isFalse();
	}

	@Test
	void metricsAreRefusedToAnonymousCallersAndToOtherRoles() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(TestCallers.as(TestCallers.secretaryOf(1))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorReadsRequestPoolAndJvmMetrics() throws Exception {
		this.mvc.perform(get("/units").with(TestCallers.as(TestCallers.admin())));
		this.mvc.perform(get("/actuator/prometheus").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hikaricp_connections_active")))
			.andExpect(content().string(containsString("http_server_requests_seconds")))
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void otherActuatorEndpointsStayClosed() throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/info/../env" }) {
			int code = this.mvc.perform(get(path).with(TestCallers.as(TestCallers.admin())))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(code).as(path).isIn(400, 403, 404);
		}
	}

}
