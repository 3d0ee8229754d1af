package io.postmortems.core.model;

/** Who and what was affected, and what it meant for the business. */
public class Impact extends Extensible {
    private String whoAffected;
    private String whatAffected;
    private String businessImpact;
    private Boolean customerFacing;

    public String getWhoAffected() { return whoAffected; }
    public void setWhoAffected(String whoAffected) { this.whoAffected = whoAffected; }
    public String getWhatAffected() { return whatAffected; }
    public void setWhatAffected(String whatAffected) { this.whatAffected = whatAffected; }
    public String getBusinessImpact() { return businessImpact; }
    public void setBusinessImpact(String businessImpact) { this.businessImpact = businessImpact; }
    public Boolean getCustomerFacing() { return customerFacing; }
    public void setCustomerFacing(Boolean customerFacing) { this.customerFacing = customerFacing; }
}
