// Draws the programme's venues on an OpenStreetMap map. The venue list below the map says the
// same in text, and stays the only view when scripts or tiles are unavailable.
(function () {
    var container = document.getElementById('carte');
    var data = document.getElementById('lieux');
    if (!container || !data || typeof L === 'undefined') {
        return;
    }

    var venues = JSON.parse(data.textContent);
    if (venues.length === 0) {
        return;
    }

    container.hidden = false;
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: '&copy; les contributeurs d\u2019<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);

    var bounds = [];
    venues.forEach(function (venue) {
        var popup = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = venue.name;
        popup.appendChild(title);
        popup.appendChild(document.createElement('br'));
        popup.appendChild(document.createTextNode(venue.address));
        var list = document.createElement('ul');
        venue.events.forEach(function (e) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = e.url;
            link.textContent = e.title;
            item.appendChild(link);
            list.appendChild(item);
        });
        popup.appendChild(list);
        L.circleMarker([venue.lat, venue.lon], { radius: 9, color: '#a1003f', weight: 3, fillOpacity: 0.6 })
            .bindPopup(popup)
            .bindTooltip(venue.name)
            .addTo(map);
        bounds.push([venue.lat, venue.lon]);
    });
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
})();
