package archfixture.alpha.web;

import org.springframework.stereotype.Service;

/** A service in a layer package, used from another module. */
@Service
public class AlphaService {

	public String hello() {
		return "xin chào";
	}

}
