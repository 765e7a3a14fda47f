package com.estatecare.sales.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.registry.UnitHandedOver;
import com.estatecare.requests.CheckOutAnswered;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.sales.Sales;

/**
 * What the sales module follows of others: the handover of a unit (the buyer becomes its owner, in the handover's
 * transaction: never a handed-over unit whose buyer is still a prospect) and the steps of check-out requests (one
 * indexed update per step, matching nothing for other requests), as delivery follows its findings (decision 023).
 */
@Component
class SalesListeners {

    private final Sales sales;
    private final JdbcClient jdbc;

    SalesListeners(Sales sales, JdbcClient jdbc) {
        this.sales = sales;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UnitHandedOver event) {
        sales.handedOver(event.unitId(), event.handedOverOn(), event.at());
    }

    /** 退房 answered: a granted check-out ends its deal, in the answer's transaction (decision 049). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CheckOutAnswered event) {
        sales.checkOutAnswered(event.requestId(), event.granted(), event.at());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestTransitioned event) {
        if (event.from() != event.to() && event.kind() == RequestKind.CONSULTATION) {
            jdbc.sql("update sales_check_out set request_status = :status where request_id = :id")
                    .param("status", event.to().name()).param("id", event.requestId()).update();
        }
    }
}
