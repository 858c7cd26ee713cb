// Anchor for tests/bench/side_by_side.sh: the seed's Go stack (Gin in release mode, no middleware) answering
// GET /json by serialising a small struct with c.JSON on every request, and GET /hello with fixed bytes.
// Built offline from Debian's golang-go and golang-github-gin-gonic-gin-dev. Usage: gin_json ADDRESS
package main

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type choice struct {
	ID    int    `json:"id"`
	Label string `json:"label"`
	Votes int    `json:"votes"`
}

type poll struct {
	ID       int      `json:"id"`
	Survey   string   `json:"survey"`
	Status   string   `json:"status"`
	Question string   `json:"question"`
	Options  []choice `json:"options"`
	Total    int      `json:"total"`
}

func main() {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	hello := []byte(`{"ok":true}`)
	r.GET("/hello", func(c *gin.Context) { c.Data(http.StatusOK, "application/json", hello) })
	r.GET("/json", func(c *gin.Context) {
		c.JSON(http.StatusOK, poll{
			ID: 12345, Survey: "customer-satisfaction", Status: "active", Question: "How satisfied are you?",
			Options: []choice{{1, "Very satisfied", 4821}, {2, "Satisfied", 3170}, {3, "Neutral", 1204},
				{4, "Dissatisfied", 377}},
			Total: 9572,
		})
	})
	if err := r.Run(os.Args[1]); err != nil {
		panic(err)
	}
}
