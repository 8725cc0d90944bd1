# Writes a synthetic ONS Postcode Directory of N postcodes (awk -v n=2700000 -v seed=1 -f generate-onspd.awk).
# Postcodes have a valid shape but are invented (AA0 0AA upwards); each lies on a random grid point in England and
# is given one of the demo register's district codes, so the lookup has real councils to name. Also writes the
# postcodes, URL-encoded, one a line, to the file named by -v keys=... for the load generator.
BEGIN {
  srand(seed)
  letters = "ABCDEFGHJKLMNOPRSTUWXY"; units = "ABDEFGHJLNPQRSTUWXYZ"
  split("E07000192 E07000193 E07000194 E07000195 E07000196 E07000197 E07000198 E07000199 E07000234 E07000235 E07000236 E07000237 E07000238 E07000239", districts, " ")
  print "pcd,pcds,dointr,doterm,oseast1m,osnrth1m,osgrdind,oslaua,oscty,osward,ctry,lat,long"
  count = 0
  for (a = 1; a <= 22 && count < n; a++) for (b = 1; b <= 22 && count < n; b++)
    for (d = 0; d <= 9 && count < n; d++) for (s = 0; s <= 9 && count < n; s++)
      for (u1 = 1; u1 <= 20 && count < n; u1++) for (u2 = 1; u2 <= 20 && count < n; u2++) {
        outward = substr(letters, a, 1) substr(letters, b, 1) d
        inward = s substr(units, u1, 1) substr(units, u2, 1)
        e = int(350000 + rand() * 150000); no = int(200000 + rand() * 200000)
        district = districts[1 + int(rand() * 14)]
        county = (district ~ /^E0700019/) ? "E10000028" : "E10000034"
        lat = 49.77 + no / 111200; lon = -7.56 + e / 68000
        printf "%s %s,%s %s,202001,,%d,%d,1,%s,%s,,E92000001,%.6f,%.6f\n", outward, inward, outward, inward, e, no, district, county, lat, lon
        if (keys != "" && rand() < 0.05) print outward "%20" inward > keys
        count++
      }
}
