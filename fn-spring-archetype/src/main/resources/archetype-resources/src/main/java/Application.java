package ${package};

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import io.github.fnspring.ServerlessFunction;

/**
 * The application. fn-spring serves its {@code @ServerlessFunction} beans: locally with
 * {@code mvn spring-boot:run}, and on each cloud from the packages {@code mvn package} writes
 * to {@code target/fn/}.
 */
@SpringBootApplication
public class Application {

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

	/**
	 * Text in, text out. Exported under its bean name, {@code uppercase}; it also answers
	 * requests that name no function (see {@code application.properties}).
	 */
	@Bean
	@ServerlessFunction
	public Function<String, String> uppercase() {
		return (text) -> text.toUpperCase(Locale.ROOT);
	}

	/** JSON in, JSON out: fn-spring reads and writes the records with Jackson. */
	@Bean
	@ServerlessFunction("order")
	public Function<Order, Receipt> placeOrder() {
		return (order) -> new Receipt(order.orderId(),
				order.unitPrice().multiply(BigDecimal.valueOf(order.quantity())), "ACCEPTED");
	}

}
