package com.estatecare.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and changes the phone number of the customer behind a demo login, straight in the database. */
public final class CustomerPhones {

    private CustomerPhones() {
    }

    public static String phoneOf(JdbcClient jdbc, String username) {
        return jdbc.sql("select c.phone from customer c join account a on a.customer_id = c.id where a.username = :u")
                .param("u", username).query(String.class).single();
    }

    public static void setPhoneOf(JdbcClient jdbc, String username, String phone) {
        jdbc.sql("update customer set phone = :p where id = (select customer_id from account where username = :u)")
                .param("p", phone).param("u", username).update();
    }
}
