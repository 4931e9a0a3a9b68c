package it.sportello;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sportello: contact-center platform for public administrations. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class Sportello {

	public static void main(String[] args) {
		SpringApplication.run(Sportello.class, args);
	}

}
