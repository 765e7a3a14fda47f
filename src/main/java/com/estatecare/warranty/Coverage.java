package com.estatecare.warranty;

/** Whether a repair of a component is covered on a day: free inside warranty, paid outside. */
public enum Coverage {
    IN_WARRANTY, OUT_OF_WARRANTY
}
