package io.postmortems.core.model;

import java.util.ArrayList;
import java.util.List;

/** The root cause and the five-whys chain that led to it (first why first). */
public class RootCause extends Extensible {
    private String description;
    private List<String> fiveWhys = new ArrayList<>();

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getFiveWhys() { return fiveWhys; }
    public void setFiveWhys(List<String> fiveWhys) { this.fiveWhys = Lists.orEmpty(fiveWhys); }
}
