package com.estatecare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EstateCareApplication {
    public static void main(String[] args) {
        SpringApplication.run(EstateCareApplication.class, args);
    }
}
